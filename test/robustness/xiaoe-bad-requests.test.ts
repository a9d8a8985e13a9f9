/** Generated bad requests to every xiaoe endpoint: each is refused in the vendor's envelope (see support/property-suite.ts). */
import { propertySuite } from "./support/property-suite.ts";

propertySuite("xiaoe");
