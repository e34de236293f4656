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
import { Controller, type Resolver, useForm } from 'react-hook-form';
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

export function StayPage({ locale, employment }: { locale: Locale; employment: Employment | undefined }) {
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const resolver: Resolver<Values, unknown, StayInput> = (values, context, options) =>
    zodResolver(StayInputSchema, { error: errorMap(localeRef.current) })(values as StayInput, context, options as never) as never;
  const { control, register, setValue, setError, clearErrors, watch, trigger, formState } = useForm<Values, unknown, StayInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: { weeks: 4, ...(employment && { employment }) },
  });
  // Coming from the target-group form, the employment is already known.
  useEffect(() => {
    if (employment) setValue('employment', employment);
  }, [employment, setValue]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language re-validates
  useEffect(() => {
    if (Object.keys(formState.errors).length > 0) void trigger();
  }, [locale]);
  const { datepickerProps, inputProps } = useDatepicker({
    onDateChange: (day) => setValue('start', day && isoOf(day), { shouldValidate: true }),
    onValidate: (v) => (v.isEmpty || v.isValidDate ? clearErrors('start') : setError('start', { message: T.notADate[localeRef.current] })),
  });
  const parsed = StayInputSchema.safeParse(watch());
  const plan = parsed.success ? planStay(parsed.data, { locale }) : null;

  return (
    <VStack gap="space-24">
      <Heading level="2" size="medium">
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
              <Alert key={w.code} variant="warning" size="small" data-warning={w.code}>
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
                  <Table.Row key={p.id} data-phase={p.id}>
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
                  <Table.Row key={m.id} data-milestone={m.id}>
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
                  <List.Item key={h.date}>{`${longDate(h.date, locale)}: ${h.name}`}</List.Item>
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
