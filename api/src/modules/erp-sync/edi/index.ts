/** The EDI++ (Subiekt GT) adapter: what the rest of Kontor uses. See docs/edi/README.md. */
export { EdiConnector, EDI_ENTITIES, orderFromDocument, type EdiConnectorOptions } from './edi-connector';
export { ediConnectorFromEnv, loadEdiOptions } from './edi-config';
export type { ScanResult, FileOutcome, InboxTotals } from './edi-inbox';
