/**
 * @dvc-kit/validation/lists: lists that forms and validation share (ethnic groups, countries), in the
 * shape a listbox needs, and the formats that check membership of them. A separate entry, so that the
 * main one does not carry the data.
 */
export { type ListItem, searchKeyOf } from './lists/list-item.js';
export {
  ethnicGroups,
  ethnicGroupExtraCodes,
  ethnicGroup,
  ethnicGroupByName,
} from './lists/ethnic-groups.js';
export { countries, country } from './lists/countries.js';
export { filterList } from './lists/search.js';
export {
  listFormats,
  checkEthnicGroup,
  checkCountry,
  ethnicGroupSchema,
  countrySchema,
} from './lists/formats.js';
