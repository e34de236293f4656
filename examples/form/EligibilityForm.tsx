/**
 * The target-group form: Aksel components, react-hook-form, and the library's
 * own schema and messages. Which questions it shows is asked of the library
 * (`missing`), never copied from the rules into the page.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  BodyShort,
  Button,
  Detail,
  ErrorSummary,
  Heading,
  Link,
  List,
  Radio,
  RadioGroup,
  ReadMore,
  Select,
  Tag,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { assessEligibility, type EligibilityInput, type EligibilityResult, type Evaluation, type Locale } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
import { type MouseEvent, useEffect, useRef } from 'react';
import { Controller, type FieldError, type Resolver, useForm } from 'react-hook-form';
import { QUESTIONS, type Question } from './questions.js';
import { sourceLabel, T } from './texts.js';

const BASE = ['referral', 'employment', 'offer'];
const ALERT = { yes: 'success', no: 'warning', undetermined: 'info' } as const;
const TAG = { yes: ['success', T.met], no: ['error', T.notMet], undetermined: ['neutral', T.open] } as const;

type Values = Record<string, unknown>;
const labelOf = (name: string, locale: Locale) => QUESTIONS.find((q) => q.name === name)?.label[locale] ?? name;
export const fieldId = (name: string) => `q-${name.replace(/\./g, '-')}`;
const valueAt = (values: Values, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Values | undefined)?.[key], values);

/** The answers to the given questions, in the library's shape; unanswered questions, and those in `skip`, are left out (an unknown fact). */
function pick(values: Values, names: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): Values {
  const input: Values = {};
  for (const name of names) {
    const value = valueAt(values, name);
    if (value === undefined || skip.has(name)) continue;
    const [head, tail] = name.split('.') as [string, string | undefined];
    if (tail === undefined) input[head] = value;
    else input[head] = { ...(input[head] as Values | undefined), [tail]: value };
  }
  return input;
}

/**
 * Asks the library what still matters: start from the three questions every referral answers, add each answer
 * the library names in `missing`, and ask again until it names nothing already answered. Shown are the
 * questions asked so far and those still missing; an answer to a question that no longer matters is kept
 * in the form but not sent. An answer the schema refuses counts as not given until it is corrected (its field
 * says why), so the page stays as it is while a number is being typed.
 */
export function consult(values: Values, locale: Locale): { input: Values; shown: Set<string>; result: EligibilityResult | null } {
  const asked = new Set(BASE);
  const refused = new Set<string>();
  for (;;) {
    const input = pick(values, asked);
    const parsed = EligibilityInputSchema.safeParse(pick(values, asked, refused));
    if (!parsed.success) {
      const wrong = parsed.error.issues.map((i) => i.path.join('.')).filter((p) => !refused.has(p) && valueAt(values, p) !== undefined);
      // Who refers, or the employment, is not answered yet: nothing can be assessed.
      if (wrong.length === 0) return { input, shown: asked, result: null };
      for (const name of wrong) refused.add(name);
      continue;
    }
    const result = assessEligibility(parsed.data, { locale });
    const answered = result.missing.filter((name) => !asked.has(name) && valueAt(values, name) !== undefined);
    if (answered.length === 0) return { input, shown: new Set([...asked, ...result.missing]), result };
    for (const name of answered) asked.add(name);
  }
}

function focusField(event: MouseEvent, name: string): void {
  event.preventDefault();
  document.getElementById(fieldId(name))?.focus();
}

function Reasons({ node, locale }: { node: Evaluation; locale: Locale }) {
  const [variant, label] = TAG[node.verdict];
  return (
    <List.Item data-rule={node.rule} data-verdict={node.verdict}>
      <Tag size="xsmall" variant={variant}>
        {label[locale]}
      </Tag>{' '}
      {node.reason}
      {node.sources.length > 0 && <Detail textColor="subtle">{node.sources.map((s) => sourceLabel(s, locale)).join('; ')}</Detail>}
      {node.children.length > 0 && (
        <List size="small">
          {node.children.map((child) => (
            <Reasons key={child.rule} node={child} locale={locale} />
          ))}
        </List>
      )}
    </List.Item>
  );
}

export function EligibilityForm({ locale, onPlan }: { locale: Locale; onPlan: (employment: EligibilityInput['employment']) => void }) {
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const summaryRef = useRef<HTMLDivElement>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  // The library's schema and messages judge what is sent; only the questions that still matter are sent.
  const resolver: Resolver<Values, unknown, EligibilityInput> = async (values, context, options) => {
    const checked = await zodResolver(EligibilityInputSchema, { error: errorMap(localeRef.current) })(
      consult(values, localeRef.current).input as never,
      context,
      options as never,
    );
    // A question not answered yet is asked in the page's words, not the schema's.
    for (const name of ['referral', 'employment'] as const)
      if (values[name] === undefined && checked.errors[name])
        (checked.errors[name] as FieldError).message = T.required[localeRef.current](labelOf(name, localeRef.current));
    return checked as Awaited<ReturnType<Resolver<Values, unknown, EligibilityInput>>>;
  };
  const { register, control, handleSubmit, watch, trigger, formState } = useForm<Values, unknown, EligibilityInput>({
    resolver,
    mode: 'onTouched',
    shouldFocusError: false,
    defaultValues: { offer: 'residential' },
  });
  const { shown, result } = consult(watch(), locale);
  const errors = QUESTIONS.flatMap((q) => {
    const message = (valueAt(formState.errors, q.name) as FieldError | undefined)?.message;
    return message && shown.has(q.name) ? [{ name: q.name, message }] : [];
  });
  // A language switch says the messages already shown again in the new language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language re-validates
  useEffect(() => {
    if (errors.length > 0) void trigger(errors.map((e) => e.name));
  }, [locale]);

  const field = (q: Question) => {
    const error = errors.find((e) => e.name === q.name)?.message;
    if (q.kind === 'grade')
      return (
        <TextField
          id={fieldId(q.name)}
          label={q.label[locale]}
          description={q.description?.[locale]}
          inputMode="numeric"
          error={error}
          htmlSize={6}
          {...register(q.name, {
            setValueAs: (v: string) => (v.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v),
          })}
        />
      );
    if (q.kind === 'select')
      return (
        <Select
          id={fieldId(q.name)}
          label={q.label[locale]}
          error={error}
          {...register(q.name, { setValueAs: (v: string) => (v === '' ? undefined : v) })}
        >
          <option value="">{locale === 'nb' ? 'Velg' : 'Choose'}</option>
          {q.choices?.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {c.label[locale]}
            </option>
          ))}
        </Select>
      );
    return (
      <Controller
        name={q.name}
        control={control}
        render={({ field: f }) => (
          <RadioGroup legend={q.label[locale]} name={f.name} value={f.value ?? null} onChange={f.onChange} error={error}>
            {q.choices?.map((c, i) => (
              <Radio key={String(c.value)} value={c.value} {...(i === 0 && { id: fieldId(q.name) })} onBlur={f.onBlur}>
                {c.label[locale]}
              </Radio>
            ))}
          </RadioGroup>
        )}
      />
    );
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(
        () => verdictRef.current?.focus(),
        () => setTimeout(() => summaryRef.current?.focus()),
      )}
    >
      <VStack gap="space-24">
        <Heading level="2" size="medium">
          {T.eligibilityHeading[locale]}
        </Heading>
        <BodyShort>{T.eligibilityIntro[locale]}</BodyShort>
        {QUESTIONS.filter((q) => shown.has(q.name)).map((q) => (
          <div key={q.name}>{field(q)}</div>
        ))}
        {formState.isSubmitted && errors.length > 0 && (
          <ErrorSummary ref={summaryRef} heading={T.errorSummary[locale]}>
            {errors.map((e) => (
              <ErrorSummary.Item key={e.name} href={`#${fieldId(e.name)}`} onClick={(ev: MouseEvent) => focusField(ev, e.name)}>
                {e.message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <div>
          <Button type="submit">{T.assess[locale]}</Button>
        </div>
        <section aria-labelledby="result-heading">
          <VStack gap="space-16">
            <Heading id="result-heading" level="2" size="medium">
              {T.result[locale]}
            </Heading>
            <div aria-live="polite">
              {result ? (
                <Alert id="verdict" ref={verdictRef} tabIndex={-1} variant={ALERT[result.verdict]} data-verdict={result.verdict}>
                  {result.evaluation.reason}
                </Alert>
              ) : (
                <BodyShort id="verdict">{T.askFirst[locale]}</BodyShort>
              )}
            </div>
            {result && result.missing.length > 0 && (
              <div id="missing">
                <BodyShort weight="semibold">{T.missing[locale]}</BodyShort>
                <List size="small">
                  {result.missing.map((name) => (
                    <List.Item key={name} data-missing={name}>
                      <Link href={`#${fieldId(name)}`} onClick={(ev) => focusField(ev, name)}>
                        {labelOf(name, locale)}
                      </Link>
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
            {result?.verdict === 'yes' && result.targetGroup !== null && (
              <div>
                <Button type="button" variant="secondary" onClick={() => onPlan(result.targetGroup ?? 'employed')}>
                  {T.planStay[locale]}
                </Button>
              </div>
            )}
            {result && (
              <ReadMore header={T.why[locale]}>
                <List size="small" id="reasons">
                  {result.evaluation.children.map((child) => (
                    <Reasons key={child.rule} node={child} locale={locale} />
                  ))}
                </List>
              </ReadMore>
            )}
          </VStack>
        </section>
      </VStack>
    </form>
  );
}
