/** The part of autocannon's API that bench/serve.ts uses (the package ships no types). */
declare module 'autocannon' {
  interface Client {
    on(event: 'response', listener: (status: number, bytes: number, durationMs: number) => void): void;
  }
  interface Request {
    method?: string;
    path: string;
    onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string | string[]>) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  }
  interface Result {
    requests: { average: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
