/**
 * What a citizen types to find each unit and list entry in the comboboxes, by `widget:code`: lower
 * case, no diacritics; Enter takes the first match.
 */
import type { Searches } from '../helpers/keyboard.js';

export const searches: Searches = {
  'province:01': 'ha noi',
  'province:48': 'da nang',
  'province:79': 'ho chi minh',
  'commune:00004': 'phuong ba dinh',
  'commune:00070': 'hoan kiem',
  'commune:00082': 'cua nam',
  'commune:00166': 'cau giay',
  'commune:20242': 'hai chau',
  'commune:26740': 'phuong sai gon',
  'country:VN': 'viet',
  'ethnic-group:01': 'kinh',
};
