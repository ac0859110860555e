/**
 * Names every Kenyan report uses and no general dictionary has: the 47 counties (as single
 * words, as Chromium hands them to the checker). Accepted in all three languages.
 */
const COUNTIES = [
  'Mombasa', 'Kwale', 'Kilifi', 'Tana', 'Lamu', 'Taita', 'Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit', 'Isiolo',
  'Meru', 'Tharaka', 'Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga', "Murang'a",
  'Kiambu', 'Turkana', 'Pokot', 'Samburu', 'Trans', 'Nzoia', 'Uasin', 'Gishu', 'Elgeyo', 'Marakwet', 'Nandi', 'Baringo',
  'Laikipia', 'Nakuru', 'Narok', 'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga', 'Bungoma', 'Busia', 'Siaya',
  'Kisumu', 'Homa', 'Migori', 'Kisii', 'Nyamira', 'Nairobi',
];

export const EXTRA_WORDS: readonly string[] = [...COUNTIES, 'Kiswahili', 'Ripoti'];
