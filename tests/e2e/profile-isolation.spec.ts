import { saveProfile } from "@/tests/e2e/helpers";
import { expect, test } from "@/tests/playwright-utils";

test("user B can neither read nor change A's profile or history", async ({ browser, newUser }) => {
  // Two users, two contexts and replayed actions: over 30 s when the machine is busy.
  test.setTimeout(90_000);
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await newUser({ context: alice, label: "alice" });
  // Capture Alice's server-action request to replay it later.
  const postPromise = alicePage.waitForRequest(
    (request) => request.method() === "POST" && request.url().endsWith("/profile"),
  );
  await alicePage.goto("/profile");
  await alicePage.getByLabel("Weight (kg)").fill("77.7");
  await saveProfile(alicePage);
  const post = await postPromise;
  await expect(alicePage.getByRole("main").getByText("Profile saved.")).toBeVisible();

  // Without a session: every profile page sends you to sign in, and a replayed post changes nothing.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  for (const path of ["/profile", "/profile/history", "/profile/symptoms"]) {
    await strangerPage.goto(path);
    await expect(strangerPage).toHaveURL(/\/sign-in\?next=/);
  }
  const headers = { ...post.headers() };
  delete headers.cookie;
  const anonymous = await stranger.request.post(post.url(), { headers, data: post.postDataBuffer() ?? "" });
  expect(await anonymous.text()).not.toContain("77.7");

  // Bob, signed in, sees only his own data; replaying Alice's post edits Bob's profile, never Alice's.
  const bob = await browser.newContext();
  const bobPage = await bob.newPage();
  await newUser({ context: bob, label: "bob" });
  await bobPage.goto("/profile");
  await expect(bobPage.getByLabel("Weight (kg)")).not.toHaveValue("77.7");
  await bobPage.goto("/profile/history");
  await expect(bobPage.getByText("No saved profile yet.")).toBeVisible();
  await bob.request.post(post.url(), { headers, data: post.postDataBuffer() ?? "" });

  await alicePage.goto("/profile/history");
  await expect(alicePage.getByTestId("history-entry")).toHaveCount(1);
  await alicePage.goto("/profile");
  await expect(alicePage.getByLabel("Weight (kg)")).toHaveValue("77.7");

  await Promise.all([alice.close(), stranger.close(), bob.close()]);
});
