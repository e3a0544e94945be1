import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { testNow } from "@beatplan/domain/testing";

// Components read "today" from Date; every test sees the test clock, which then runs at the
// machine's pace (timers stay real), so no test depends on the day it runs.
beforeEach(() => {
  vi.useFakeTimers({ now: testNow, toFake: ["Date"], shouldAdvanceTime: true });
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = "";
  vi.useRealTimers();
});
