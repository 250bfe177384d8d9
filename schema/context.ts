// What every resolver gets: the repository, this request's loaders, who is calling, and where the API lives.
import type { Loaders } from '../functions/store/loaders.ts';
import type { Repository } from '../functions/store/repository.ts';

export interface GraphQLContext {
  repo: Repository;
  loaders: Loaders;
  /** True when the request carried the API token. */
  authenticated: boolean;
  /** Absolute origin used for briefing URLs, e.g. https://api.example.org */
  baseUrl: string;
}
