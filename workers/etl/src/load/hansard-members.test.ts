import { describe, expect, it } from "vitest";
import { personName } from "./hansard-members";

describe("personName: the member a Hansard speaker label names", () => {
  it.each([
    ["Mr. Mark Gerretsen", "Mark Gerretsen"],
    ["Hon. Joe Oliver", "Joe Oliver"],
    ["Right Hon. Justin Trudeau", "Justin Trudeau"],
    ["The Hon. Mr. John Smith", "John Smith"],
    ["M. Michel Boudrias", "Michel Boudrias"],
    ["Mme Jinny Jogindera Sims", "Jinny Jogindera Sims"],
    ["L'hon. Jason Kenney", "Jason Kenney"],
    ["L’hon. John Baird", "John Baird"],
    ["Le très hon. Justin Trudeau", "Justin Trudeau"],
  ])("%s → %s", (printed, name) => {
    expect(personName(printed)).toBe(name);
  });

  it.each(["The Speaker", "Le président", "Some hon. members", "Des voix", "L'hon. Kenney", null])("%s names nobody", (printed) => {
    expect(personName(printed)).toBeNull();
  });
});
