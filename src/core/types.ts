/** Employment status (arbeidsforhold): decides the target group and the week-4 track. */
export type Employment = 'employed' | 'not-employed';
