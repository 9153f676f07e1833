// Sign-up: fills the hidden time_zone field with the browser's time zone, so times are shown in the
// person's own zone from the start. The server checks the value; without this script the account
// keeps Asia/Karachi and can change it in the settings.
for (const field of document.querySelectorAll('input[data-time-zone]')) {
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    // An old browser without Intl time zones: the default stays.
  }
}
