// SurveyJS: survey-core and its React UI, with React 19.
export { Model } from 'survey-core';
export { Survey } from 'survey-react-ui';
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
