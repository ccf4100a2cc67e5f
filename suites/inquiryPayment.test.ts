import { ruleSuite } from "./ruleSuite";

ruleSuite("inquiryPayment", ["inquiry"]);
