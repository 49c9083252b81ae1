// Progressive enhancement only: every page works without this script.
import { initAll as initGovuk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()

// On a narrow screen a list's filter starts closed, so that the list comes first; it stays open while filters are
// chosen or a field is wrong. Without this script it is simply open, in the page's flow.
if (window.matchMedia('(max-width: 48.0525em)').matches) {
  for (const filter of document.querySelectorAll('details.app-filter')) {
    if (!filter.querySelector('.moj-filter__selected, .govuk-form-group--error')) {
      filter.open = false
    }
  }
}
