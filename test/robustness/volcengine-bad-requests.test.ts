/** Generated bad requests to every volcengine endpoint: each is refused in the vendor's envelope (see support/property-suite.ts). */
import { propertySuite } from "./support/property-suite.ts";

propertySuite("volcengine");
