#pragma once

// The register's entity services, for code that uses several of them.
#include "register/ActivityService.h"
#include "register/ActivityVersionService.h"
#include "register/AgreementService.h"
#include "register/BreachService.h"
#include "register/ControlReferenceService.h"
#include "register/CookieService.h"
#include "register/LegalHoldService.h"
#include "register/PartyService.h"
#include "register/PrivacyStatementService.h"
#include "register/ProcessorActivityService.h"
#include "register/RequestService.h"
#include "register/RetentionRuleService.h"
#include "register/SecurityMeasureService.h"
