import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives the defaults when nothing is set", () => {
    const e = parseEnv({});
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.DATABASE_POOL_SIZE).toBe(10);
    expect(e.DATABASE_PG_OPTIONS).toBe("-c jit=off -c work_mem=64MB");
    expect(e.SEED_DEMO).toBe(false);
    expect(e.TRUST_PROXY).toBe(0);
    expect(e.HOST).toBe("127.0.0.1");
    expect(e.PORT).toBe(3000);
    expect(e.KTT_PAGE_CACHE).toBe(true);
    expect(e.KTT_PAGE_CACHE_MB).toBe(64);
    expect(e.NEXTAUTH_SECRET).toBeUndefined();
    expect(e.ID_NUMBER_HASH_KEY).toBeUndefined();
  });

  it("treats an empty or blank value as unset", () => {
    const e = parseEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "  ", PORT: "", TRUST_PROXY: " " });
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.NEXTAUTH_SECRET).toBeUndefined();
    expect(e.PORT).toBe(3000);
    expect(e.TRUST_PROXY).toBe(0);
  });

  it("reads and trims the values that are set", () => {
    const e = parseEnv({
      DATABASE_URL: " postgresql://u@h:5432/ktt ",
      DATABASE_POOL_SIZE: "4",
      SEED_DEMO: "1",
      TRUST_PROXY: "2",
      PORT: "8080",
      KTT_PAGE_CACHE: "off",
      NEXTAUTH_URL: "https://ktt.example.vn",
      ID_NUMBER_HASH_KEY: " k ",
    });
    expect(e).toMatchObject({
      DATABASE_URL: "postgresql://u@h:5432/ktt",
      DATABASE_POOL_SIZE: 4,
      SEED_DEMO: true,
      TRUST_PROXY: 2,
      PORT: 8080,
      KTT_PAGE_CACHE: false,
      NEXTAUTH_URL: "https://ktt.example.vn",
      ID_NUMBER_HASH_KEY: "k",
    });
    expect(parseEnv({ DATABASE_URL: "memory://" }).DATABASE_URL).toBe("memory://");
  });

  it.each([
    ["DATABASE_URL", "mysql://u@h/db"],
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "99"],
    ["PORT", "70000"],
    ["PORT", "3000.5"],
    ["KTT_PAGE_CACHE_MB", "-1"],
    ["NEXTAUTH_URL", "ktt.example.vn"],
  ])("refuses %s=%s and names the variable in Vietnamese and English", (name, value) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variable).toBe(name);
    expect((error as Error).message).toContain(`Biến môi trường ${name} không hợp lệ`);
    expect((error as Error).message).toContain(`invalid environment variable ${name}`);
  });
});
