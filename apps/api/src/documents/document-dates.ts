import type { LetterLanguage } from '@haven/contracts';

const LOCALES: Record<LetterLanguage, string> = { en: 'en-US', es: 'es' };

// Newer ICU data puts a narrow no-break space before "PM"; a plain space reads the same and every
// PDF font can draw it.
function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

/**
 * A civil date ('YYYY-MM-DD', as the rules library gives it) written the way the language writes
 * dates: 'December 5, 2026', '5 de diciembre de 2026'. Formatted in UTC from the date alone, so
 * no time zone can move the day.
 */
export function formatLetterDate(isoDate: string, language: LetterLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return plainSpaces(format.format(new Date(`${isoDate}T00:00:00Z`)));
}

/**
 * A clock time ('HH:MM' or 'HH:MM:SS') as the language says it after "at" / "a": '9:30 AM';
 * Spanish with its article: 'las 9:30', 'las 13:00', 'la 1:00'.
 */
export function formatLetterTime(time: string, language: LetterLanguage): string {
  const [h, m] = time.split(':');
  const hours = Number(h);
  const at = new Date(Date.UTC(2000, 0, 1, hours, Number(m)));
  const text = plainSpaces(
    new Intl.DateTimeFormat(LOCALES[language], {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(at),
  );
  if (language === 'en') return text;
  return `${hours === 1 ? 'la' : 'las'} ${text}`;
}
