import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDevice, displayPakistaniMobile, nextSteps, normalisePakistaniMobile, roleFlags, roleOf, roles, signUpInput } from './domain.ts';

describe('Pakistani mobile numbers', () => {
  it.each([
    ['0300-1234567', '+923001234567'],
    ['03001234567', '+923001234567'],
    ['3001234567', '+923001234567'],
    ['923001234567', '+923001234567'],
    ['+92 300 1234567', '+923001234567'],
    ['0092 300 1234567', '+923001234567'],
    ['۰۳۴۵-۱۲۳۴۵۶۷', '+923451234567'],
    ['٠٣١٢ ١٢٣٤٥٦٧', '+923121234567'],
    ['(0355) 1234567', '+923551234567'],
  ])('%s becomes %s', (input, e164) => {
    expect(normalisePakistaniMobile(input)).toBe(e164);
  });

  it.each(['042-35761234', '0300-123456', '0300-12345678', '+44 7700 900123', '', 'phone', '02001234567', '+92 300 1234567 ext 5'])('refuses %s', (input) => {
    expect(normalisePakistaniMobile(input)).toBeNull();
  });

  it('always yields E.164 that round-trips through the national display form', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^3\d{9}$/), fc.constantFrom('0', '+92', '92', '0092', ''), (digits, prefix) => {
        const e164 = normalisePakistaniMobile(prefix + digits);
        expect(e164).toMatch(/^\+923\d{9}$/);
        expect(normalisePakistaniMobile(displayPakistaniMobile(e164!))).toBe(e164);
      }),
    );
  });
});

describe('roles', () => {
  it('maps each choice to flags and back', () => {
    for (const r of roles) expect(roleOf(roleFlags(r))).toBe(r);
    expect(roleOf({ isFreelancer: false, isClient: false })).toBeNull();
  });
});

describe('sign-up input', () => {
  const good = { display_name: '  Ayesha  ', email: ' Ayesha@Example.PK ', password: 'long enough pw', role: 'freelancer' };
  it('trims and lower-cases what it should', () => {
    const r = signUpInput.parse({ ...good, phone: '0321 7654321' });
    expect(r.display_name).toBe('Ayesha');
    expect(r.email).toBe('ayesha@example.pk');
    expect(r.phone).toBe('+923217654321');
  });
  it('treats an empty phone as none', () => {
    expect(signUpInput.parse({ ...good, phone: '' }).phone).toBeNull();
  });
  it.each([
    ['display_name', 'a\u202Eb', 'field.bidi_chars'],
    ['display_name', 'a\u0000b', 'field.control_chars'],
    ['display_name', '<b>x</b>', 'field.no_markup'],
    ['display_name', 'x'.repeat(81), 'field.too_long'],
    ['display_name', '   ', 'field.required'],
    ['email', 'no-at-sign', 'field.email'],
    ['password', 'short', 'field.password_short'],
    ['phone', '12345', 'field.phone'],
    ['role', 'admin', 'field.choose'],
  ])('refuses %s=%j with %s', (field, value, key) => {
    const r = signUpInput.safeParse({ ...good, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(key);
  });
  it('accepts Urdu names', () => {
    expect(signUpInput.parse({ ...good, display_name: 'عائشہ خان' }).display_name).toBe('عائشہ خان');
  });
});

describe('devices', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0 Mobile Safari/537.36', 'Samsung Internet', 'Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1', 'Safari', 'iOS'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0', 'Edge', 'Windows'],
    ['curl/8.0', 'accounts.device.api_client', 'accounts.device.unknown_system'],
    ['', 'accounts.device.unknown_browser', 'accounts.device.unknown_system'],
  ])('%s', (ua, browser, os) => {
    expect(describeDevice(ua)).toEqual({ browser, os });
  });
});

describe('next steps', () => {
  it('asks a new freelancer to verify, onboard and build a profile, in that order', () => {
    expect(nextSteps({ emailVerified: false, onboardingDone: false, isFreelancer: true, isClient: false })).toEqual(['verify_email', 'finish_onboarding', 'complete_profile', 'browse']);
  });
  it('asks an onboarded client to post a job', () => {
    expect(nextSteps({ emailVerified: true, onboardingDone: true, isFreelancer: false, isClient: true })).toEqual(['post_job', 'browse']);
  });
});
