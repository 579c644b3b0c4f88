// The <dvc-*> elements in JSX, typed from @dvc-kit/forms' Custom Elements Manifest.
/// <reference types="@dvc-kit/forms/react" />
