import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("takes an IPv4 address as it is", () => {
    expect(clientAddressOf("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressOf(" 203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const net = "2001:db8:85a3:42::/64";
    expect(clientAddressOf("2001:db8:85a3:42::1")).toBe(net);
    expect(clientAddressOf("2001:0db8:85a3:0042:ffff:ffff:ffff:ffff")).toBe(net);
    expect(clientAddressOf("2001:DB8:85A3:42:1:2:3:4")).toBe(net);
    expect(clientAddressOf("2001:db8:85a3:43::1")).toBe("2001:db8:85a3:43::/64");
    expect(clientAddressOf("::1")).toBe("0:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 client it is", () => {
    expect(clientAddressOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("has no address for what is not one", () => {
    for (const bad of [undefined, null, "", "unknown", "203.0.113.256", "1.2.3", "2001:db8::1::2", "2001:db8:g::1", "203.0.113.7, 10.0.0.1"]) {
      expect(clientAddressOf(bad), String(bad)).toBeNull();
    }
  });
});
