// The page's part: what to do with the data once the form is valid. Without a `client`, the form
// hands everything over in `dvc-submit`; a real page would send it to its back end here
// (`event.detail.waitUntil(fetch(...))` keeps the form busy until it is done).
const form = document.querySelector('dvc-form');
const sent = document.getElementById('sent');

form.addEventListener('dvc-submit', (event) => {
  document.getElementById('sent-data').textContent = JSON.stringify(event.detail.data, null, 2);
  sent.hidden = false;
  sent.querySelector('h2').focus();
});
