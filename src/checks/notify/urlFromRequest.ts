import { judgeEach, where } from "../common/judgeEach";
import { notifiesOf, orderAt } from "../common/order";
import { defineCheck, skip } from "../defineCheck";

const title = "notifyPayment goes to the paymentNotifyUrl of the pay request";

const pathOf = (url: string): string | undefined => {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
};

/**
 * notify.url-from-request: the simulator serves a notify URL unique to the order; a notification
 * arriving at another path (e.g. a configured default) went to the wrong URL. Host and port are
 * not compared: the simulator may be reached under another name than the one it advertised.
 */
export const notifyUrlFromRequest = defineCheck({
  rule: "notify.url-from-request",
  title,
  scenarios: ["happy-path", "one-click", "verification-failed", "expiry", "sms-resend", "callback-retries"],
  run(trace) {
    const order = orderAt(trace);
    if (!order) return skip(title, "the scenario recorded no 'order' pay call");
    const notifyUrl = order.request.paymentNotifyUrl;
    const wantPath = typeof notifyUrl === "string" ? pathOf(notifyUrl) : undefined;
    if (!wantPath) return skip(title, "the order's pay request carried no paymentNotifyUrl");
    return judgeEach(
      title,
      notifiesOf(trace, order),
      (x) => {
        const gotPath = pathOf(x.url) ?? x.url;
        if (gotPath === wantPath) return undefined;
        return {
          title: `${where(x)} arrived at ${gotPath}, not at the order's paymentNotifyUrl`,
          expected: `POST to the path ${wantPath} (the pay request's paymentNotifyUrl ${notifyUrl})`,
          received: `POST to ${x.url}`,
          hint: "Store paymentNotifyUrl with the order when pay creates it and send that order's notifyPayment there; use your default Alipay+ notify URL only when the pay request gave none.",
        };
      },
      "no notifyPayment for the order arrived (notify.sent-on-final judges whether one was due)",
    );
  },
});
