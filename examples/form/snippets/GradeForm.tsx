import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextField } from '@navikt/ds-react';
import type { EligibilityInput, Locale } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
import { useRef } from 'react';
import { type Resolver, useForm } from 'react-hook-form';

type Values = Record<string, unknown>;

export function GradeForm({ locale, onSubmit }: { locale: Locale; onSubmit: (input: EligibilityInput) => void }) {
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const resolver: Resolver<Values, unknown, EligibilityInput> = (values, context, options) =>
    zodResolver(EligibilityInputSchema, { error: errorMap(localeRef.current) })(values as never, context, options as never) as never;
  const { register, handleSubmit, formState } = useForm<Values, unknown, EligibilityInput>({ resolver, mode: 'onTouched' });
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <TextField
        label={locale === 'nb' ? 'Sykmeldingsgrad i prosent' : 'Sick-leave grade in percent'}
        inputMode="numeric"
        error={formState.errors.sickLeaveGrade?.message as string | undefined}
        {...register('sickLeaveGrade', {
          setValueAs: (v: string) => (v.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v),
        })}
      />
      <Button type="submit">{locale === 'nb' ? 'Vurder' : 'Assess'}</Button>
    </form>
  );
}
