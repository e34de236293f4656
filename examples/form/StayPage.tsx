/**
 * The stay: from a first day and the employment, the dated plan on Norwegian
 * working days (phases, meetings, warnings, holidays) and a calendar file.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  BodyShort,
  Button,
  DatePicker,
  Heading,
  List,
  Radio,
  RadioGroup,
  Select,
  Table,
  useDatepicker,
  VStack,
} from '@navikt/ds-react';
import { type Employment, type Locale, planStay, planToICalendar, type StayInput } from 'arr-rules';
import { errorMap, StayInputSchema } from 'arr-rules/schemas';
import { useEffect, useRef } from 'react';
import { Controller, type FieldError, type Resolver, useForm } from 'react-hook-form';
import { EMPLOYMENT, isoOf, longDate, T } from './texts.js';

type Values = { start?: string; employment?: Employment; weeks?: number };

/** The week of the stay a day falls in: days 1–7 are week 1. */
const weekOfStay = (start: string, day: string) => Math.floor((Date.parse(day) - Date.parse(start)) / (7 * 86_400_000)) + 1;

/** Hands the text to the browser as a file to save. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A request from the target-group page to plan a stay: a new object each time, so that asking twice is heard twice. */
export type PlanRequest = { readonly employment: Employment };

export function StayPage({ locale, request }: { locale: Locale; request: PlanRequest | undefined }) {
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Text in the date field that is not a date (the picker then gives no day at all).
  const notADate = useRef(false);
  const resolver: Resolver<Values, unknown, StayInput> = async (values, context, options) => {
    const checked = await zodResolver(StayInputSchema, { error: errorMap(localeRef.current) })(values as never, context, options as never);
    // No day: say so in the page's words, not the schema's (which would only say a text is missing).
    if (values.start === undefined && checked.errors.start)
      (checked.errors.start as FieldError).message = (notADate.current ? T.notADate : T.startRequired)[localeRef.current];
    return checked as Awaited<ReturnType<Resolver<Values, unknown, StayInput>>>;
  };
  const { control, register, setValue, setError, clearErrors, watch, trigger, formState } = useForm<Values, unknown, StayInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: { weeks: 4 },
  });
  // Coming from the target-group page: the employment is known, and the reader is taken to this page's heading.
  useEffect(() => {
    if (request === undefined) return;
    setValue('employment', request.employment, { shouldValidate: true });
    headingRef.current?.focus();
  }, [request, setValue]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language re-validates
  useEffect(() => {
    if (Object.keys(formState.errors).length > 0) void trigger();
  }, [locale]);
  const { datepickerProps, inputProps } = useDatepicker({
    onDateChange: (day) => setValue('start', day && isoOf(day), { shouldValidate: day !== undefined }),
    onValidate: (v) => {
      notADate.current = !v.isEmpty && !v.isValidDate;
      if (notADate.current) setError('start', { message: T.notADate[localeRef.current] });
      else if (v.isEmpty) clearErrors('start');
    },
  });
  const parsed = StayInputSchema.safeParse(watch());
  const plan = parsed.success ? planStay(parsed.data, { locale }) : null;

  return (
    <VStack gap="space-24">
      <Heading level="2" size="medium" ref={headingRef} tabIndex={-1}>
        {T.stayHeading[locale]}
      </Heading>
      <BodyShort>{T.stayIntro[locale]}</BodyShort>
      <DatePicker {...datepickerProps}>
        <DatePicker.Input
          {...inputProps}
          id="stay-start"
          label={T.start[locale]}
          description={T.startHint[locale]}
          error={formState.errors.start?.message}
        />
      </DatePicker>
      <Controller
        name="employment"
        control={control}
        render={({ field }) => (
          <RadioGroup
            legend={T.employment[locale]}
            name={field.name}
            value={field.value ?? null}
            onChange={field.onChange}
            error={formState.errors.employment?.message}
          >
            {EMPLOYMENT.map((c, i) => (
              <Radio key={c.value} value={c.value} {...(i === 0 && { id: 'stay-employment' })}>
                {c.label[locale]}
              </Radio>
            ))}
          </RadioGroup>
        )}
      />
      <Select id="stay-weeks" label={T.weeks[locale]} {...register('weeks', { setValueAs: Number })}>
        {[4, 8, 12].map((w) => (
          <option key={w} value={w}>{`${w} ${T.weeksOption[locale]}`}</option>
        ))}
      </Select>
      {plan === null ? (
        <BodyShort>{T.stayPending[locale]}</BodyShort>
      ) : (
        <section aria-labelledby="plan-heading" id="plan">
          <VStack gap="space-16">
            <Heading id="plan-heading" level="3" size="small">{`${longDate(plan.start, locale)} – ${longDate(plan.end, locale)}`}</Heading>
            {plan.warnings.map((w) => (
              <Alert key={w.message} variant="warning" size="small" data-warning={w.code}>
                {w.message}
              </Alert>
            ))}
            {plan.notes.map((n) => (
              <Alert key={n} variant="info" size="small">
                {n}
              </Alert>
            ))}
            <Table size="small">
              <caption>
                <Heading level="4" size="xsmall">
                  {T.phases[locale]}
                </Heading>
              </caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{T.phase[locale]}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{T.from[locale]}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{T.to[locale]}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {plan.phases.map((p) => (
                  <Table.Row key={`${p.id}-${p.from}`} data-phase={p.id}>
                    <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                    <Table.DataCell>{longDate(p.from, locale)}</Table.DataCell>
                    <Table.DataCell>{longDate(p.to, locale)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Table size="small">
              <caption>
                <Heading level="4" size="xsmall">
                  {T.meetings[locale]}
                </Heading>
              </caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{T.week[locale]}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{T.date[locale]}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{T.what[locale]}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {plan.milestones.map((m) => (
                  <Table.Row key={`${m.id}-${m.date}`} data-milestone={m.id}>
                    <Table.DataCell>{weekOfStay(plan.start, m.date)}</Table.DataCell>
                    <Table.DataCell>{longDate(m.date, locale)}</Table.DataCell>
                    <Table.DataCell>{m.title}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Heading level="4" size="xsmall">
              {T.holidays[locale]}
            </Heading>
            {plan.holidays.length === 0 ? (
              <BodyShort>{T.noHolidays[locale]}</BodyShort>
            ) : (
              <List size="small" id="holidays">
                {plan.holidays.map((h) => (
                  <List.Item key={`${h.date}-${h.name}`}>{`${longDate(h.date, locale)}: ${h.name}`}</List.Item>
                ))}
              </List>
            )}
            {/* The library reads no clock: the page stamps the file with the moment it is made. */}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  download(
                    `opphold-${plan.start}.ics`,
                    planToICalendar(plan, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), { locale }),
                  )
                }
              >
                {T.download[locale]}
              </Button>
            </div>
          </VStack>
        </section>
      )}
    </VStack>
  );
}
