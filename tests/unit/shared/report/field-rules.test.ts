import { describe, expect, it } from 'vitest';
import { isEmail, isFigure, isPartialDate, isWebAddress } from '@/shared/report/field-rules';

describe('field rules for Finalise', () => {
  it('accepts figures as Kenyan English writes them and refuses a decimal comma', () => {
    for (const value of ['1200', '1,200', '1,453,787', '3.5', '-2', '+4', '12%', ' 40 % ', '0.25'])
      expect(isFigure(value), value).toBe(true);
    for (const value of ['12,5', '1,20', 'about 10', '1.2.3', '', '10 km', '١٢'])
      expect(isFigure(value), value).toBe(false);
  });

  it('recognises an e-mail address', () => {
    expect(isEmail('amina.salim@kilifi.go.ke')).toBe(true);
    for (const value of ['amina@', '@kilifi.go.ke', 'amina salim@kilifi.go.ke', 'amina@kilifi', 'amina@@kilifi.go.ke'])
      expect(isEmail(value), value).toBe(false);
  });

  it('recognises a web address with or without its scheme', () => {
    for (const value of ['https://kilifi.go.ke', 'kilifi.go.ke', 'http://www.garissa.go.ke/learning?x=1'])
      expect(isWebAddress(value), value).toBe(true);
    for (const value of ['not a site', 'kilifi', 'ftp://kilifi.go.ke', 'https://'])
      expect(isWebAddress(value), value).toBe(false);
  });

  it('takes a membership date to the year, month or day, and refuses impossible ones', () => {
    for (const value of ['2020', '2020-09', '2020-09-15', '2024-02-29']) expect(isPartialDate(value), value).toBe(true);
    for (const value of ['2020-13', '2023-02-29', '20-09', 'September 2020', '2020-9'])
      expect(isPartialDate(value), value).toBe(false);
  });
});
