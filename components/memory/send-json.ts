/** Sends JSON to one of our API routes; the error message of a refusal, or null when it worked. */
export async function sendJson(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown) {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return null;
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    return answer.error ?? `The server answered ${response.status}.`;
  } catch {
    return "Could not reach NutriWeek; check your connection and try again.";
  }
}
