#include "RetentionRule.h"
