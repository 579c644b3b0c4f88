// <dvc-form> and its widgets: the @dvc-kit/forms main entry as built (importing registers the elements).
export * from '@dvc-kit/forms';
