/** Types of the `commonmark-spec` package (it ships none). */
declare module 'commonmark-spec' {
  /** One spec example. */
  export interface Example {
    markdown: string;
    html: string;
    section: string;
    number: number;
  }
  const spec: { tests: Example[]; text: string };
  export default spec;
}
