import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import type { EligibilityInput, Locale } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
import { useRef } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';

type Values = Record<string, unknown>;

export function ReferralForm({ locale, onSubmit }: { locale: Locale; onSubmit: (input: EligibilityInput) => void }) {
  const nb = locale === 'nb';
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const resolver: Resolver<Values, unknown, EligibilityInput> = (values, context, options) =>
    zodResolver(EligibilityInputSchema, { error: errorMap(localeRef.current) })(values as never, context, options as never) as never;
  const { control, register, handleSubmit, formState } = useForm<Values, unknown, EligibilityInput>({ resolver, mode: 'onTouched' });
  const error = (name: 'referral' | 'employment' | 'sickLeaveGrade') => formState.errors[name]?.message as string | undefined;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <VStack gap="space-24">
        <Select
          label={nb ? 'Hvem henviser?' : 'Who refers the person?'}
          error={error('referral')}
          {...register('referral', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
        >
          <option value="">{nb ? 'Velg' : 'Choose'}</option>
          <option value="nav">{nb ? 'NAV-kontoret' : 'The NAV office'}</option>
          <option value="gp">{nb ? 'Fastlegen' : 'The GP'}</option>
        </Select>
        <Controller
          name="employment"
          control={control}
          render={({ field }) => (
            <RadioGroup
              legend={nb ? 'Har personen et arbeidsforhold?' : 'Does the person have an employment relationship?'}
              name={field.name}
              value={field.value ?? null}
              onChange={field.onChange}
              error={error('employment')}
            >
              <Radio value="employed">{nb ? 'Ja' : 'Yes'}</Radio>
              <Radio value="not-employed">{nb ? 'Nei' : 'No'}</Radio>
            </RadioGroup>
          )}
        />
        <TextField
          label={nb ? 'Sykmeldingsgrad i prosent' : 'Sick-leave grade in percent'}
          inputMode="numeric"
          error={error('sickLeaveGrade')}
          {...register('sickLeaveGrade', {
            setValueAs: (v: string) => (v.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v),
          })}
        />
        <div>
          <Button type="submit">{nb ? 'Vurder' : 'Assess'}</Button>
        </div>
      </VStack>
    </form>
  );
}
