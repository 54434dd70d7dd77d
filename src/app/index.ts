/**
 * The application layer: the operations every interface (CLI, HTTP API, workers) calls, each a
 * function over a `Store` and plain options that returns plain data; errors from one table.
 */
export { AppError, ERRORS, EXIT, type ErrorCode } from './errors.js';
export { DEFAULT_DB, openStore, storeTarget, withStore } from './open.js';
export { checkIngest, encodingName, ingestPaths, type IngestRequest, type IngestResult, type IngestProgress, type IngestReport, type RejectedInput } from './ingest.js';
export { placeStories, type StoriesReport } from './place.js';
export { getStory, listStories, recluster, type StoryDetail, type StoryRow } from './stories.js';
export { putArticles, updateAnnotations, type PutOutcome, type PutResult } from './write.js';
export { searchArticles, type Facets, type SearchRequest, type SearchResult, type SearchResultHit } from './search.js';
export { getArticle, type ArticleView } from './articles.js';
export { reprocess, stageNames, type ReprocessReport, type ReprocessRequest } from './reprocess.js';
export { CSV_COLUMNS, csvRecord, csvRow, exportRecord, exportRecords, type ExportRecord } from './export.js';
export { fullExport, importFile, type ImportReport } from './move.js';
export { clusterFile, type ClusterFileResult, type ClusteredArticle } from './cluster.js';
export { extractFile, extractView, type Extracted, type ExtractView } from './extract.js';
export { lineAnalyser, NLP_TASKS, type NlpTask } from './nlp.js';
export { stats } from './stats.js';
export { ENTITY_TYPES, getEntity, listEntities, resolveEntity, type EntityDetail, type EntityFilter, type EntityRow } from './entities.js';
export { entityOf, nameKey } from './entity-rows.js';
export { deleteArticles, type DeleteReport } from './delete.js';
export { DEMO_INPUTS } from './demo.js';
export { countArticles, leadsOf, listArticles, outletsOverview, type ArticlePage, type ArticleRow, type OutletsOverview } from './browse.js';
export { ingestBody, type BodyKind, type IngestBody, type IngestBodyResult } from './ingest-body.js';
export type { StoreStats, ArticleRevision, StoredArticle, StoryArticle, StoredEvent, Store } from '../store/store.js';
export type { Block, EntityMention, NewsDoc, TimeMention } from '../doc/news-doc.js';
export { bodyText, displayTitle } from '../doc/news-doc.js';
export { renderSnippet } from '../search/snippet.js';
