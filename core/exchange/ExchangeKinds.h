#pragma once

// Internal to core/exchange: the kinds of item the register's formats carry, as types, for the
// per-kind tables of the export (RegisterJsonExport.cpp) and of the import (RegisterJson.cpp).

#include "domain/ActivityVersion.h"
#include "domain/Agreement.h"
#include "domain/Breach.h"
#include "domain/ControlReference.h"
#include "domain/Cookie.h"
#include "domain/LegalHold.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/PrivacyStatement.h"
#include "domain/ProcessingActivity.h"
#include "domain/RequestCase.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"

namespace Custodian::Exchange {

// Calls visit.template operator()<D>() for every kind with a field table, in an order that writes
// an item after the items it refers to (exchangedKinds() is this order).
template<class F> void forEachKindType(F &&visit)
{
    visit.template operator()<Domain::Organisation>();
    visit.template operator()<Domain::Party>();
    visit.template operator()<Domain::SecurityMeasure>();
    visit.template operator()<Domain::RetentionRule>();
    visit.template operator()<Domain::Agreement>();
    visit.template operator()<Domain::ProcessingActivity>();
    visit.template operator()<Domain::ProcessorActivity>();
    visit.template operator()<Domain::ActivityVersion>();
    visit.template operator()<Domain::Cookie>();
    visit.template operator()<Domain::PrivacyStatement>();
    visit.template operator()<Domain::StatementVersion>();
    visit.template operator()<Domain::LegalHold>();
    visit.template operator()<Domain::RequestCase>();
    visit.template operator()<Domain::Breach>();
    visit.template operator()<Domain::ControlReference>();
}

} // namespace Custodian::Exchange
