/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
export async function signIn(baseUrl: string, email: string, password: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Sign-in failed (${response.status})`);
  return [...jar, session].join("; ");
}

export type Sample = { ms: number; bytes: number; status: number };

/** `total` GET requests, `concurrency` at a time; every response must be 200. */
export async function load(url: string, cookie: string, total: number, concurrency: number) {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const start = performance.now();
        const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const body = await response.arrayBuffer();
        samples.push({ ms: performance.now() - start, bytes: body.byteLength, status: response.status });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const bad = samples.filter((s) => s.status !== 200);
  if (bad.length) throw new Error(`${url}: ${bad.length} responses were not 200 (first: ${bad[0]!.status})`);
  return { samples, seconds };
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
