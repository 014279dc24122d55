// "Dengarkan" reads a guide aloud with the browser's speech synthesis. Headless Chromium has no
// voices, so each test installs a stand-in speechSynthesis before the page loads.
import { test, expect, appReady } from "./fixtures.js";

const GUIDE = "/panduan/paspor-ditahan";

/** Replaces speechSynthesis with a recorder. `late`: the voices arrive after the page, as in
 *  Chrome. Spoken utterances land in window.__spoken, cancels are counted in window.__cancels. */
async function stubSpeech(page, voices, { late = false } = {}) {
  await page.addInitScript(({ voices, late }) => {
    window.__spoken = [];
    window.__cancels = 0;
    class StubSynthesis extends EventTarget {
      constructor() { super(); this.voices = late ? [] : voices; }
      getVoices() { return this.voices; }
      speak(utterance) { window.__spoken.push(utterance); }
      cancel() { window.__cancels++; }
    }
    const synthesis = new StubSynthesis();
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = class {
      constructor(text) { Object.assign(this, { text, lang: "", voice: null, onend: null }); }
    };
    if (late) {
      setTimeout(() => {
        synthesis.voices = voices;
        synthesis.dispatchEvent(new Event("voiceschanged"));
      }, 500);
    }
  }, { voices, late });
}

const INDONESIAN = { name: "Indonesian", lang: "id-ID", localService: true };
const ENGLISH = { name: "English", lang: "en-US", localService: true };

test("no voices at all: no listen button", async ({ page }) => {
  await stubSpeech(page, []);
  await page.goto(GUIDE);
  await appReady(page);
  await expect(page.locator("main .lead")).toBeVisible();
  await expect(page.locator("button.listen")).toHaveCount(0);
});

test("only an English voice: the button is there in English, not in Indonesian", async ({ page }) => {
  await stubSpeech(page, [ENGLISH]);
  await page.goto(GUIDE);
  await appReady(page);
  await expect(page.locator("main .lead")).toBeVisible();
  await expect(page.locator("button.listen")).toHaveCount(0);
  await page.locator("header button.lang").click();
  await expect(page.locator("button.listen")).toHaveText("Listen");
});

test("a voice that would send the text to a speech service does not count", async ({ page }) => {
  await stubSpeech(page, [{ ...INDONESIAN, localService: false }]);
  await page.goto(GUIDE);
  await appReady(page);
  await expect(page.locator("button.listen")).toHaveCount(0);
});

test("with an Indonesian voice the guide is read in Indonesian, and can be stopped", async ({ page }) => {
  await stubSpeech(page, [ENGLISH, INDONESIAN], { late: true });
  await page.goto(GUIDE);
  await appReady(page);
  const listen = page.locator("button.listen");
  await expect(listen).toHaveText("Dengarkan");
  await listen.click();
  await expect(listen).toHaveText("Berhenti");
  const spoken = await page.evaluate(() => window.__spoken.map((u) => ({ text: u.text, lang: u.lang, voice: u.voice?.name })));
  const title = await page.locator("main h1").textContent();
  expect(spoken[0]).toEqual({ text: title, lang: "id-ID", voice: "Indonesian" });
  expect(spoken.map((u) => u.text)).toContain("Yang harus dilakukan sekarang");
  expect(spoken.every((u) => u.lang === "id-ID")).toBe(true);

  const cancels = await page.evaluate(() => window.__cancels);
  await listen.click();
  await expect(listen).toHaveText("Dengarkan");
  expect(await page.evaluate(() => window.__cancels)).toBeGreaterThan(cancels);

  // Reading to the end also resets the button.
  await listen.click();
  await expect(listen).toHaveText("Berhenti");
  await page.evaluate(() => window.__spoken.at(-1).onend());
  await expect(listen).toHaveText("Dengarkan");
});

test("in English the guide is read with an English voice", async ({ page }) => {
  await stubSpeech(page, [INDONESIAN, ENGLISH]);
  await page.goto(`${GUIDE}?lang=en`);
  await appReady(page);
  const listen = page.locator("button.listen");
  await listen.click();
  await expect(listen).toHaveText("Stop");
  const first = await page.evaluate(() => ({ lang: window.__spoken[0].lang, voice: window.__spoken[0].voice.name }));
  expect(first).toEqual({ lang: "en-US", voice: "English" });
});

test("leaving the page stops the reading", async ({ page }) => {
  await stubSpeech(page, [INDONESIAN]);
  await page.goto(GUIDE);
  await appReady(page);
  await page.locator("button.listen").click();
  const cancels = await page.evaluate(() => window.__cancels);
  await page.locator("nav.tabs a[href='/kontak']").click();
  await expect(page.locator("main h1")).toHaveText("Kontak");
  expect(await page.evaluate(() => window.__cancels)).toBeGreaterThan(cancels);
});
