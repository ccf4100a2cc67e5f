import { ruleSuite } from "./ruleSuite";

ruleSuite("notifyPayment callbacks", ["notify"]);
