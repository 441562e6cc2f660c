import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { phonesReady } from "../phone";

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// Screens rendered on their own (outside App's PhonesReady) write numbers as the app does.
beforeAll(() => phonesReady);
