declare namespace App {
  interface Locals {
    /** Set by the middleware on its first pass; a rewrite (e.g. to /404) runs it again. */
    served?: boolean
  }
}
