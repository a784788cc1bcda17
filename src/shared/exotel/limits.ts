/** Limits Exotel states for the campaign, list and contact endpoints. */
export const EXOTEL_LIMITS = {
  /** Numbers in one campaign's `from`, and contacts in one create or add-to-list request. */
  maxNumbersPerRequest: 5000,
  maxStaticLists: 5,
  maxDynamicLists: 1,
  /** A campaign name must be longer than this. */
  minNameLengthExclusive: 3,
  maxRetries: 3,
  /** The bulk campaign list's documented maximum page. */
  maxPageSize: 500,
  /** Every list's default page, and the only page size Exotel documents for call details (it states no maximum). */
  defaultPageSize: 20,
  callDetailsPageSize: 20,
  defaultAccountThrottle: 60,
  maxStaticListContacts: 100_000,
  maxDynamicListRows: 500_000,
  maxDynamicVariables: 5,
  maxCsvBytes: 60 * 1024 * 1024,
} as const;

/** Columns a static list's CSV may carry. */
export const STATIC_LIST_COLUMNS = ['number', 'first_name', 'last_name', 'company_name', 'email', 'tag'] as const;
