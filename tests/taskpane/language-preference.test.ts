import { LANGUAGE_SETTING, storeLanguage, storedLanguage, type SettingsStore } from "../../src/taskpane/language-preference";

/** Office's roaming settings as a host keeps them: values in memory until saveAsync persists them. */
function roaming(saved: Record<string, unknown> = {}, status = "succeeded"): SettingsStore & { saved: Record<string, unknown> } {
  const pending = { ...saved };
  return {
    saved,
    get: (name) => pending[name],
    set: (name, value) => {
      pending[name] = value;
    },
    saveAsync: (callback) => {
      if (status === "succeeded") Object.assign(saved, pending);
      callback?.({ status, error: status === "succeeded" ? undefined : { message: "offline" } });
    },
  };
}

describe("remembering the pane's language", () => {
  it("starts in Vietnamese where Office has no roaming settings, or nothing was chosen yet", () => {
    expect(storedLanguage(undefined)).toBe("vi");
    expect(storedLanguage(roaming())).toBe("vi");
    expect(storedLanguage(roaming({ [LANGUAGE_SETTING]: "fr" }))).toBe("vi");
  });

  it("starts in the language chosen in an earlier session", async () => {
    const settings = roaming();
    await expect(storeLanguage(settings, "en")).resolves.toBe(true);
    expect(settings.saved[LANGUAGE_SETTING]).toBe("en");
    expect(storedLanguage(roaming(settings.saved))).toBe("en");
  });

  it("carries on when the choice cannot be saved", async () => {
    await expect(storeLanguage(undefined, "en")).resolves.toBe(false);
    await expect(storeLanguage(roaming({}, "failed"), "en")).resolves.toBe(false);
    const throwing: SettingsStore = { get: () => { throw new Error("no"); }, set: () => { throw new Error("no"); }, saveAsync: () => undefined };
    expect(storedLanguage(throwing)).toBe("vi");
    await expect(storeLanguage(throwing, "en")).resolves.toBe(false);
  });
});
