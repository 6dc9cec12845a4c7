/** What the portal needs from the platform's directory; the server provides it (apps/server modules/portal). */
export interface PublicAgency {
  id: string;
  name: string;
  level: string;
  parentName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface PublicAgencyPage {
  items: PublicAgency[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicDirectory {
  /** The province this platform serves (its top agency), for the site name. */
  siteName(): Promise<string>;
  searchAgencies(q: string, page: number, pageSize: number): Promise<PublicAgencyPage>;
}
