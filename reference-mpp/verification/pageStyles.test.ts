/** The verification page in each --page-style, driven over HTTP as a person's browser would. */
import { parse } from "node-html-parser";
import { type Harness, payBody, seedRedirectUrl, startHarness, testKeys } from "../testing/harness";
import { openPage, type PageVisit, readOutbox, submitForm } from "../testing/pageDriver";
import type { PageStyle } from "./pageStyles";

const keys = testKeys();
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

async function orderIn(style: PageStyle) {
  const h = await startHarness(keys, { pageStyle: style });
  harnesses.push(h);
  const answer = await h.call("pay", payBody());
  return { h, paymentId: String(answer.json.paymentId), paymentUrl: String(answer.json.paymentUrl) };
}

const buttons = (page: PageVisit) =>
  parse(page.html)
    .querySelectorAll("button")
    .map((b) => b.text.trim());

test("send-code-first: no code until the user presses Send code; then PIN and code pay", async () => {
  const { h, paymentId, paymentUrl } = await orderIn("send-code-first");
  const page = await openPage(paymentUrl);
  expect(buttons(page)).toEqual(["Send code", "Pay"]);
  expect((await readOutbox(h.mpp.baseUrl, paymentId)).status).toBe(404);
  const sent = await submitForm(paymentUrl, page, { pin: "", smsCode: "", action: "send-code" });
  expect(buttons(sent)).toEqual(["Send a new code", "Pay"]);
  const code = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
  const done = await submitForm(paymentUrl, sent, { pin: "123456", smsCode: code, action: "verify" });
  expect(done.location).toBe(`${seedRedirectUrl}&status=success`);
});

test("pin-then-code: the PIN page first (wrong PINs count), the code is sent and asked for once the PIN is right", async () => {
  const { h, paymentId, paymentUrl } = await orderIn("pin-then-code");
  const page = await openPage(paymentUrl);
  expect(parse(page.html).querySelector('[name="smsCode"]')).toBeNull();
  const wrong = await submitForm(paymentUrl, page, { pin: "000000", action: "pin" });
  expect(wrong.html).toContain("Wrong PIN. 2 attempts left.");
  expect((await readOutbox(h.mpp.baseUrl, paymentId)).status).toBe(404);
  const codePage = await submitForm(paymentUrl, wrong, { pin: "123456", action: "pin" });
  expect(parse(codePage.html).querySelector('[name="pin"]')).toBeNull();
  expect(parse(codePage.html).querySelector('[name="smsCode"]')).not.toBeNull();
  const code = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
  const done = await submitForm(paymentUrl, codePage, { smsCode: code, action: "verify" });
  expect(done.location).toBe(`${seedRedirectUrl}&status=success`);
});

test("resend-own-form: Pay is a nameless button; Resend code is a form of its own that sends a new code", async () => {
  const { h, paymentId, paymentUrl } = await orderIn("resend-own-form");
  const page = await openPage(paymentUrl);
  const forms = parse(page.html).querySelectorAll("form");
  expect(forms).toHaveLength(2);
  expect(forms[0]!.querySelector("button")!.getAttribute("name")).toBeUndefined();
  const first = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
  const resent = await fetch(paymentUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "action=resend",
  });
  expect(resent.status).toBe(200);
  const second = String((await readOutbox(h.mpp.baseUrl, paymentId)).body.code);
  if (first !== second)
    expect((await submitForm(paymentUrl, page, { pin: "123456", smsCode: first })).status).toBe(200);
  const done = await submitForm(paymentUrl, page, { pin: "123456", smsCode: second });
  expect(done.location).toBe(`${seedRedirectUrl}&status=success`);
});
