/**
 * A target that answers every request the same hostile way (a 500, HTML, garbage, silence...),
 * on 127.0.0.1 and an ephemeral port: the kit must end bounded and never pass on it.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the target answers, once it has read the whole request. */
export type Behaviour = (res: ServerResponse) => void;

export async function listen(behave: Behaviour): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => behave(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
