import { expect, test } from "./support/fixtures";

test.describe("importing and reading sources", () => {
  test("an analyst pastes an article and reads it in paragraphs with its metadata", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
    await page.getByRole("link", { name: "Import source" }).click();
    const title = `Velmora ferry resumes ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Publisher").fill("Velmora Post (fictional)");
    await page.getByLabel("Published").fill("2026-03-02");
    await page
      .getByLabel("Text")
      .fill(
        '[FICTIONAL] The ferry to Brask resumed on Monday.\n\n"We expect no delays," said Pia Lund, a harbour spokesperson.',
      );
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const reader = page.getByTestId("source-text");
    await expect(reader.locator("p")).toHaveCount(2);
    await expect(reader.locator("p").nth(1)).toContainText("said Pia Lund");
    await expect(page.getByText("Velmora Post (fictional)")).toBeVisible();
    await expect(page.getByText("2 Mar 2026")).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("the reader's text is sent once, on its own, cacheable per revision, and not in the page", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    const marker = `Quillmarsh${Date.now()}`;
    await page.getByLabel("Title").fill(`Payload check ${marker}`);
    await page.getByLabel("Text").fill(`[FICTIONAL] The ${marker} lock gates opened at dawn.\n\nBarges queued.`);
    const textResponses: string[] = [];
    page.on("response", async (res) => {
      if (/\/api\/v1\/revisions\/[^/]+\/text$/.test(new URL(res.url()).pathname)) textResponses.push(await res.text());
    });
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByTestId("source-text")).toContainText(`The ${marker} lock gates opened at dawn.`);
    // The document as the browser received it carries no copy of the text (neither HTML nor payload)…
    const html = await (await page.request.get(page.url())).text();
    expect(html).not.toContain(`${marker} lock gates`);
    // …the text came once, from its revision's address, which the browser may keep for good.
    expect(textResponses.map((body) => body.split(`${marker} lock gates`).length - 1)).toEqual([1]);
    const url = new URL(page.url()).pathname;
    const revisionText = await page.request.get(
      html.match(/\/api\/v1\/revisions\/[^"/]+\/text/)?.[0] ?? `${url}/no-preload-link`,
    );
    expect(revisionText.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  });

  test("an HTML file is reduced to readable text", async ({ page, signInAs }) => {
    await signInAs("editor");
    await page.goto("/sources/new");
    await page.getByLabel("…or a file").setInputFiles({
      name: "brask-bridge.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        "<html><head><title>Brask bridge closes (fictional)</title><script>alert(1)</script></head><body><nav>Home</nav><p>The bridge at Brask closed on Friday.</p><p>Engineers said repairs would take &ldquo;weeks&rdquo;.</p></body></html>",
      ),
    });
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brask bridge closes (fictional)");
    const paragraphs = page.getByTestId("source-text").locator("p");
    await expect(paragraphs).toHaveText([
      "The bridge at Brask closed on Friday.",
      "Engineers said repairs would take “weeks”.",
    ]);
  });

  test("an empty file and a binary file get clear errors and create nothing", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.goto("/sources/new");
    await page
      .getByLabel("…or a file")
      .setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByText("The file is empty.")).toBeVisible();
    await page.getByLabel("…or a file").setInputFiles({
      name: "photo.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    });
    await page.getByRole("button", { name: "Import source" }).click();
    await expect(page.getByText("The file is binary, not text.")).toBeVisible();
    // Neither file became a source (titles would come from the file names).
    await page.goto("/sources");
    await expect(page.getByRole("link", { name: "empty", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "photo", exact: true })).toHaveCount(0);
  });
});
