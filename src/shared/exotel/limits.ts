/** Limits Exotel states for the campaign, list and contact endpoints. */
export const EXOTEL_LIMITS = {
  /** Numbers in one campaign's `from`, and contacts in one create or add-to-list request. */
  maxNumbersPerRequest: 5000,
  maxStaticLists: 5,
  maxDynamicLists: 1,
  /** A campaign name must be longer than this. */
  minNameLengthExclusive: 3,
  maxRetries: 3,
  /** Campaign, list and call-details pages. */
  maxPageSize: 500,
  defaultPageSize: 20,
  defaultAccountThrottle: 60,
  maxStaticListContacts: 100_000,
  maxDynamicListRows: 500_000,
  maxDynamicVariables: 5,
  maxCsvBytes: 60 * 1024 * 1024,
} as const;

/** Columns a static list's CSV may carry. */
export const STATIC_LIST_COLUMNS = ['number', 'first_name', 'last_name', 'company_name', 'email', 'tag'] as const;
