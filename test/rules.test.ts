import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import { RULES, RULES_VERSION } from '../src/rules.js';

describe('the rule catalogue', () => {
  test('ids are unique and every entry has both languages', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.title.nb && rule.title.en && rule.description.nb && rule.description.en, rule.id).toBeTruthy();
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
    }
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  test('every entry names an exported function that implements it', () => {
    for (const rule of RULES) expect(typeof (api as Record<string, unknown>)[rule.implementedBy], rule.id).toBe('function');
  });
});
