// What the import refuses before any connection (the network checks are in tests/integration/recipe-import).
import { describe, expect, it } from "vitest";
import { checkUrl } from "@/lib/security/safe-fetch";

describe("checkUrl", () => {
  it.each([
    "http://127.0.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://0.0.0.0/",
    "http://100.64.0.1/",
    "ftp://example.com/",
    "file:///etc/passwd",
    "http://user:pw@example.com/",
    "http://example.com:8080/",
    "not a url",
  ])("refuses %s", (url) => {
    expect(() => checkUrl(url)).toThrow(/This address cannot be imported/);
  });

  it("lets public http(s) addresses through to the connection checks", () => {
    expect(checkUrl("https://example.com/recipe").hostname).toBe("example.com");
    expect(checkUrl("http://93.184.215.14/").hostname).toBe("93.184.215.14");
  });

  it("allows a local host only when the setting names it (with its port)", () => {
    expect(checkUrl("http://127.0.0.1:4000/x", ["127.0.0.1:4000"]).port).toBe("4000");
    expect(() => checkUrl("http://127.0.0.1:4001/x", ["127.0.0.1:4000"])).toThrow();
  });
});
