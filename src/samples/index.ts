/**
 * `to-cong-nghe-so/samples` — illustrative data to try the library with: the team of Đắk Nia
 * commune as decided in 2022 (its lists, and the team composed from them) and a month of its
 * reports. Every sample is a function that returns a fresh copy; the people in them are made up and
 * marked so. `to-cong-nghe-so` itself does not export them; the templates
 * (`dakNia2022Template` …) are reference data and stay there.
 *
 * @module to-cong-nghe-so/samples
 */
export { dakNiaJanuary2025, type SampleMonth, type SampleSubmission } from '../reports/sample.js';
export { dakNia2022Lists, dakNia2022Team } from '../team/sample.js';
