#include "KeyStore.h"

namespace Custodian::Storage {

KeyStore::~KeyStore() = default;

} // namespace Custodian::Storage
